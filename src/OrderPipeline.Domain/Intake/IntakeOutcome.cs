namespace OrderPipeline.Domain.Intake;

public enum IntakeOutcome
{
    Created,
    Accepted,
    Invalid,

    /// <summary>The idempotency key was used before for a different request.</summary>
    KeyReused,

    /// <summary>A row of the customer order would be larger than the store takes; the failure says which.</summary>
    TooLarge,
}
