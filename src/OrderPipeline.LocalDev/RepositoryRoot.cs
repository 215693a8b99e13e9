namespace OrderPipeline.LocalDev;

/// <summary>Finds the repository's root folder: the one holding Functions.sln and package.json.</summary>
public static class RepositoryRoot
{
    public static string? Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Functions.sln"))
                && File.Exists(Path.Combine(directory.FullName, "package.json")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    public static string FindFrom(params string[] startDirectories) =>
        startDirectories.Select(Find).FirstOrDefault(root => root is not null)
        ?? throw new InvalidOperationException($"No repository root (Functions.sln with package.json) above {string.Join(" or ", startDirectories)}.");
}
