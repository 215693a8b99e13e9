using OrderPipeline.Domain.Intake;

namespace OrderPipeline.Domain.Telemetry;

/// <summary>The <c>orderpipeline.reason</c> of a refused order, as the refusal's TM Forum error names it.</summary>
public static class IntakeRefusals
{
    /// <summary>The body is not an order (not JSON, the wrong media type, too big to read).</summary>
    public const string Unreadable = "unreadable";

    public static string Reason(IntakeOutcome outcome) => outcome switch
    {
        IntakeOutcome.Invalid => "invalid",
        IntakeOutcome.TooLarge => "tooLarge",
        IntakeOutcome.KeyReused => "keyReused",
        _ => outcome.ToString(),
    };
}
