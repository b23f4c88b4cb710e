using System.Diagnostics;
using Graph.Testing;

namespace Graph.Cli.Tests.Repository;

/// <summary>The Neo4j compose file, validated by docker-compose itself.</summary>
public sealed class DockerComposeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [SkippableFact]
    public void Config_WithPasswordFromEnvFile_IsAcceptedAndDescribesNeo4j()
    {
        Skip.IfNot(IsInstalled(), "docker-compose is not installed (apt-get install docker-compose)");
        File.Copy(Path.Combine(RepositoryPaths.Root, "docker-compose.yml"), _temp.File("docker-compose.yml"));
        File.Copy(Path.Combine(RepositoryPaths.Root, ".env.example"), _temp.File(".env"));

        var (exit, output, error) = Run(_temp.Path, "config");

        Assert.True(exit == 0, error);
        Assert.Contains("image: neo4j:5-community", output, StringComparison.Ordinal);
        Assert.Matches(@"published: 7474\s+target: 7474", output);
        Assert.Matches(@"published: 7687\s+target: 7687", output);
        Assert.Contains("NEO4J_AUTH: neo4j/change-me-please", output, StringComparison.Ordinal);
        Assert.Contains("healthcheck:", output, StringComparison.Ordinal);
        Assert.Contains("neo4j-data:/data", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Config_WithoutPassword_IsRefusedNamingTheVariable()
    {
        Skip.IfNot(IsInstalled(), "docker-compose is not installed (apt-get install docker-compose)");
        File.Copy(Path.Combine(RepositoryPaths.Root, "docker-compose.yml"), _temp.File("docker-compose.yml"));

        var (exit, _, error) = Run(_temp.Path, "config");

        Assert.NotEqual(0, exit);
        Assert.Contains("NEO4J_PASSWORD", error, StringComparison.Ordinal);
    }

    [Fact]
    public void EnvFile_IsIgnoredAndOnlyTheExampleIsCommitted()
    {
        Assert.Contains(".env", File.ReadAllLines(Path.Combine(RepositoryPaths.Root, ".gitignore")));
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, ".env.example")));
    }

    private static bool IsInstalled() =>
        Environment.GetEnvironmentVariable("PATH")!.Split(':').Any(dir => File.Exists(Path.Combine(dir, "docker-compose")));

    private static (int Exit, string Output, string Error) Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("docker-compose") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The environment must not supply the password: the file under test has to.
        start.Environment.Remove("NEO4J_PASSWORD");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
