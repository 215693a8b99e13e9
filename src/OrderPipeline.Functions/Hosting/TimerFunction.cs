namespace OrderPipeline.Functions.Hosting;

/// <summary>A timer-triggered function; the host POSTs each occurrence to <c>/{Name}</c>.</summary>
/// <param name="ScheduleSetting">The app setting holding the NCRONTAB schedule.</param>
public sealed record TimerFunction(string Name, string ScheduleSetting, string BindingName) : FunctionDefinition(Name);
