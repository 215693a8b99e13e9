using FluentValidation;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Validation.WellFormedness;

/// <summary>An item relationship names another item of the same order by its id.</summary>
internal sealed class ItemRelationshipValidator : AbstractValidator<ItemRelationshipView>
{
    public ItemRelationshipValidator(OrderVocabulary names)
    {
        RuleFor(relationship => relationship.ItemId)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage($"{names.RelatedItemId} (the related item's id) is required")
            .Must((_, itemId, context) => itemId != OwningItem(context).Id).WithMessage("an item cannot relate to itself")
            .Must((_, itemId, context) => OrderItemIds.In(context).Contains(itemId!)).WithMessage("'{PropertyValue}' names no item of this order")
            .OverridePropertyName(names.RelatedItemId);
    }

    // Relationships are validated from their item's validator, so the context one level up is the item's.
    private static OrderItemView OwningItem(IValidationContext context) => (OrderItemView)context.ParentContext.InstanceToValidate;
}
