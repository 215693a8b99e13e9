namespace OrderPipeline.Functions.Hosting;

/// <summary>Where the app listens: on the port the Functions host gives it, or standalone on 7071 unless told otherwise.</summary>
internal static class CustomHandlerHosting
{
    public const string PortSetting = "FUNCTIONS_CUSTOMHANDLER_PORT";
    private const string StandaloneUrl = "http://localhost:7071";

    public static bool IsUnderFunctionsHost(IConfiguration configuration) => !string.IsNullOrEmpty(configuration[PortSetting]);

    public static void ConfigureListeningAddress(this WebApplicationBuilder builder)
    {
        if (IsUnderFunctionsHost(builder.Configuration))
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{builder.Configuration[PortSetting]}");
        }
        else if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(StandaloneUrl);
        }
    }
}
