namespace OrderPipeline.Functions.ReferenceData;

/// <summary>
/// Where the seed file is. A relative path is looked for under the content root (a published app's folder; the repository
/// root under the development host), then under the working directory.
/// </summary>
internal static class SeedFilePath
{
    public static string Resolve(string setting, string contentRoot)
    {
        if (Path.IsPathRooted(setting))
        {
            return File.Exists(setting) ? setting : throw NotFound(setting, [setting]);
        }

        var candidates = new[] { contentRoot, Directory.GetCurrentDirectory(), AppContext.BaseDirectory }
            .Select(root => Path.GetFullPath(Path.Combine(root, setting)))
            .Distinct()
            .ToList();
        return candidates.FirstOrDefault(File.Exists) ?? throw NotFound(setting, candidates);
    }

    private static FileNotFoundException NotFound(string setting, IEnumerable<string> candidates) => new(
        $"The reference-data seed file ReferenceData__SeedFile='{setting}' does not exist (looked for {string.Join(", ", candidates)}). " +
        "Correct the path, or remove the setting to start without seeding.");
}
