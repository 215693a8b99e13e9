namespace OrderPipeline.Functions.Validation;

/// <summary>One business-validation switch as it is now, with the app setting that changes it.</summary>
public sealed record ValidationSwitchView(string OrderType, string Mode, bool BusinessValidation, string Setting);
