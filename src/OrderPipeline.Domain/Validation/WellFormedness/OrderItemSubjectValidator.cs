using FluentValidation;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Validation.WellFormedness;

/// <summary>The item's product or service: TMF641 asks for the service on every item; the parties it names are objects.</summary>
internal sealed class OrderItemSubjectValidator : AbstractValidator<OrderItemView>
{
    public OrderItemSubjectValidator(OrderVocabulary names)
    {
        if (names.OrderType == OrderType.Service)
        {
            // TMF641 makes service mandatory on every item, delete included; TMF622 lets a product be left out.
            RuleFor(item => item.HasSubject)
                .Equal(true).WithMessage("service is required on every service order item")
                .OverridePropertyName(names.Subject);
        }

        RuleForEach(item => item.SubjectParties).MustBeObjects($"{names.Subject}.relatedParty");
    }
}
