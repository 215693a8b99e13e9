namespace OrderPipeline.Functions.Hosting;

/// <summary>One function of the function app, as the Functions host knows it (function.json) and as this app serves it.</summary>
public abstract record FunctionDefinition(string Name);

/// <summary>An HTTP API function; the host forwards its requests unchanged to the same path here.</summary>
/// <param name="Route">The route template, without a leading slash (routePrefix is "").</param>
public sealed record HttpFunction(string Name, string Method, string Route, FunctionAuthLevel AuthLevel) : FunctionDefinition(Name)
{
    public string Pattern => "/" + Route;
}

/// <summary>A queue-triggered function; the host POSTs each message to <c>/{Name}</c>.</summary>
public sealed record QueueFunction(string Name, string QueueName, string BindingName) : FunctionDefinition(Name);

/// <summary>A timer-triggered function; the host POSTs each occurrence to <c>/{Name}</c>.</summary>
/// <param name="ScheduleSetting">The app setting holding the NCRONTAB schedule.</param>
public sealed record TimerFunction(string Name, string ScheduleSetting, string BindingName) : FunctionDefinition(Name);

/// <summary>Which Functions host key an HTTP function requires.</summary>
public enum FunctionAuthLevel
{
    Anonymous,
    Function,
    Admin,
}
