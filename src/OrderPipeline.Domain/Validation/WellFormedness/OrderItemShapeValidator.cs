using FluentValidation;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Validation.WellFormedness;

/// <summary>What every item of either order type carries: an id no earlier item has, a TMF action, no state (the server's), characteristics that are objects.</summary>
internal sealed class OrderItemShapeValidator : AbstractValidator<OrderItemView>
{
    public OrderItemShapeValidator(OrderVocabulary names)
    {
        // Client text enters a message only through {PropertyValue}: FluentValidation fills placeholders once, so
        // an id or action that looks like a placeholder is quoted as sent.
        RuleFor(item => item.Id)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("id is required")
            .Must(BeFirstWithItsId).WithMessage($"id '{{PropertyValue}}' is already used by {names.Items}[{{FirstIndex}}]")
            .OverridePropertyName("id");

        RuleFor(item => item.Action)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("action is required")
            .Must(action => OrderItemAction.TryParse(action, out _))
            .WithMessage($"action '{{PropertyValue}}' is not one of {OrderItemAction.AllowedValues}")
            .OverridePropertyName("action");

        RuleFor(item => item.State).Null().WithMessage(ServerOwnedFields.Message("state")).OverridePropertyName("state");
        RuleFor(item => item).Custom((item, context) =>
        {
            foreach (var (path, name) in ServerOwnedFields.SentOnItem(item.Extensions, names.Items))
            {
                context.AddFailure(path, ServerOwnedFields.Message(name));
            }
        });

        RuleForEach(item => item.Characteristics).MustBeObjects($"{names.Subject}.{names.Characteristics}");
    }

    private static bool BeFirstWithItsId(OrderItemView item, string? id, ValidationContext<OrderItemView> context)
    {
        OrderItemIds.In(context).TryGetFirstIndex(id!, out var first);
        context.MessageFormatter.AppendArgument("FirstIndex", first);
        return first == item.Index;
    }
}
