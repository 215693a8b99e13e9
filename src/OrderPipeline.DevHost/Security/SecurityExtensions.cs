using Microsoft.Extensions.Options;

namespace OrderPipeline.DevHost.Security;

internal static class SecurityExtensions
{
    public static void AddFunctionKeys(this WebApplicationBuilder builder)
    {
        var openByDefault = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName)
            .Validate(options => openByDefault || options.HasKeys || options.AllowAnonymous,
                "No keys are set. Outside Development the app starts only with Security__ApiKeys and Security__AdminKeys set " +
                "(comma-separated), or with Security__AllowAnonymous=true to run every route open on purpose.")
            .ValidateOnStart();
        builder.Services.AddSingleton<FunctionKeys>();

        // The host logs each request's URL, query string included, where a `code` key may travel; keep that line out.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
    }

    public static void UseFunctionKeys(this WebApplication app) => app.UseMiddleware<FunctionKeyMiddleware>();
}
