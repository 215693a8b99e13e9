namespace OrderPipeline.Domain.Events;

/// <summary>The app settings of <see cref="HubOptions"/> as an admin writes them.</summary>
public static class HubSettings
{
    public const string AllowedCallbackHosts = "Hub__AllowedCallbackHosts";
}
