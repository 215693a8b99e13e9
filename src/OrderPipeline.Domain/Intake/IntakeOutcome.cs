namespace OrderPipeline.Domain.Intake;

public enum IntakeOutcome
{
    Created,
    Accepted,
    Invalid,

    /// <summary>The idempotency key was used before for a different request.</summary>
    KeyReused,
}
