using OrderPipeline.Domain.ReferenceData;

namespace OrderPipeline.Functions.ReferenceData;

internal static class ReferenceDataRegistration
{
    /// <summary>
    /// Binds <c>ReferenceData__*</c> and seeds the store at start when a seed file is set. Call after the storage
    /// registration: hosted services start in the order they were added.
    /// </summary>
    public static IServiceCollection AddReferenceDataLoading(this IServiceCollection services)
    {
        services.AddOptions<ReferenceDataOptions>().BindConfiguration(ReferenceDataOptions.SectionName)
            .Validate(options => options.CacheExpiry >= TimeSpan.Zero, "ReferenceData:CacheExpiry must be zero or more, such as 00:00:30.")
            .Validate(options => options.MaxCachedEntries > 0, "ReferenceData:MaxCachedEntries must be positive.")
            .Validate(options => options.MaxDocumentBytes > 0, "ReferenceData:MaxDocumentBytes must be positive.")
            .ValidateOnStart();
        services.AddHostedService<ReferenceDataSeed>();
        return services;
    }
}
