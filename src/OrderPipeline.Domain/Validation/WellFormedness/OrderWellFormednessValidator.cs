using System.Linq.Expressions;
using FluentValidation;
using FluentValidation.Results;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Validation.WellFormedness;

/// <summary>
/// The always-on checks: what TMF622 and TMF641 make mandatory, nothing the server owns, and no <c>@type</c> but the
/// resource's own. Every rule runs and reports each failure; the item rules each go over all items before the next
/// starts, so failures list in a stable order: the order's own fields, then the items' ids and actions, missing items,
/// subjects, relationships, cycles.
/// </summary>
internal sealed class OrderWellFormednessValidator<TOrder> : AbstractValidator<SentOrder<TOrder>>
    where TOrder : class, ITmfOrder<TOrder>
{
    private OrderWellFormednessValidator()
    {
        var names = TOrder.Names;
        ServerOwned(sent => sent.Order.Id, "id");
        ServerOwned(sent => sent.Order.Href, "href");
        ServerOwned(sent => sent.Order.OrderDate, "orderDate");
        ServerOwned(sent => sent.Order.State, "state");
        ServerOwned(sent => sent.Order.ErrorMessage, "errorMessage");
        foreach (var name in ServerOwnedFields.Untyped(names.OrderType))
        {
            RuleFor(sent => sent.Order.Extensions)
                .Must(extensions => !ServerOwnedFields.IsSent(extensions, name))
                .WithMessage(ServerOwnedFields.Message(name))
                .OverridePropertyName(name);
        }

        RuleFor(sent => sent.Order.Type)
            .Must(type => type is null || type == names.ResourceType)
            .WithMessage($"@type '{{PropertyValue}}' is not {names.ResourceType}; send {names.ResourceType} or leave @type out")
            .OverridePropertyName("@type");
        IsoDate(sent => sent.Order.RequestedStartDate, "requestedStartDate");
        IsoDate(sent => sent.Order.RequestedCompletionDate, "requestedCompletionDate");
        RuleForEach(sent => sent.Order.RelatedParty).MustBeObjects("relatedParty");
        RuleFor(sent => sent.Order.ItemCount)
            .Must(count => count > 0).WithMessage($"{names.Items} is required and must hold at least one item")
            .OverridePropertyName(names.Items);

        EachItem().SetValidator(new OrderItemShapeValidator(names)).OverridePropertyName(names.Items);
        RuleForEach(sent => sent.ItemsByIndex)
            .NotNull().WithMessage("an order item must be an object")
            .OverridePropertyName(names.Items);
        EachItem().SetValidator(new OrderItemSubjectValidator(names)).OverridePropertyName(names.Items);
        var relationship = new ItemRelationshipValidator(names);
        EachItem()
            .ChildRules(item => item
                .RuleForEach(view => view.ItemRelationships).SetValidator(relationship)
                .OverridePropertyName(names.ItemRelationships))
            .OverridePropertyName(names.Items);
        RuleFor(sent => sent).Custom(ReportCycles);
    }

    // Building a validator compiles its rules: one per order type serves every request.
    public static OrderWellFormednessValidator<TOrder> Instance { get; } = new();

    protected override bool PreValidate(ValidationContext<SentOrder<TOrder>> context, ValidationResult result)
    {
        context.InstanceToValidate.Ids.ShareWith(context);
        return true;
    }

    private void ServerOwned<TValue>(Expression<Func<SentOrder<TOrder>, TValue?>> field, string name)
        where TValue : class =>
        RuleFor(field).Null().WithMessage(ServerOwnedFields.Message(name)).OverridePropertyName(name);

    private void IsoDate(Expression<Func<SentOrder<TOrder>, string?>> field, string name) =>
        RuleFor(field)
            .Must(text => text is null || TmfDate.TryParse(text, out _))
            .WithMessage("'{PropertyValue}' is not an ISO 8601 date-time")
            .OverridePropertyName(name);

    // The items that are objects, each under its index in the list as sent.
    private IRuleBuilderInitialCollection<SentOrder<TOrder>, OrderItemView> EachItem() =>
        RuleForEach(sent => sent.View.Items).OverrideIndexer((_, _, item, _) => $"[{item.Index}]");

    private static void ReportCycles(SentOrder<TOrder> sent, ValidationContext<SentOrder<TOrder>> context)
    {
        var names = TOrder.Names;
        foreach (var cycle in RelationshipCycles.Find(sent.ItemsByIndex, sent.Ids))
        {
            var chain = string.Join(" → ", cycle.Append(cycle[0]).Select(index => sent.ItemsByIndex[index]!.Id));
            // A failure added whole skips the message formatter, so an id that looks like a placeholder stays as sent.
            context.AddFailure(new FluentValidation.Results.ValidationFailure(
                $"{names.Items}[{cycle[0]}].{names.ItemRelationships}", $"item relationships form a cycle: {chain}"));
        }
    }
}
