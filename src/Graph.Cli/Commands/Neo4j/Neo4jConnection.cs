using Graph.Bolt;
using Graph.Cli.Output;

namespace Graph.Cli.Commands.Neo4j;

/// <summary>Opens a driver from the connection options; credentials are read, never printed.</summary>
internal static class Neo4jConnection
{
    /// <summary>A driver that has reached the server and been accepted, or null after printing why not.</summary>
    public static async Task<BoltDriver?> ConnectAsync(Neo4jSettings settings, CancellationToken cancellationToken)
    {
        string user = settings.User ?? NonEmpty(Environment.GetEnvironmentVariable("NEO4J_USERNAME")) ?? "neo4j";
        string? password = settings.PasswordFile is { } file
            ? (await File.ReadAllLinesAsync(file, cancellationToken).ConfigureAwait(false)).FirstOrDefault()
            : Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            Terminal.Error("error: no password: pass --password-file FILE or set NEO4J_PASSWORD");
            return null;
        }

        string uri = settings.ResolvedUri!;
        BoltDriver driver;
        try
        {
            driver = BoltDriver.Create(uri, AuthTokens.Basic(user, password));
        }
        catch (ArgumentException ex)
        {
            Terminal.Error($"error: --neo4j {uri}: {ex.Message}");
            return null;
        }

        try
        {
            await driver.VerifyConnectivityAsync(cancellationToken).ConfigureAwait(false);
            return driver;
        }
        catch (Neo4jException ex)
        {
            await driver.DisposeAsync().ConfigureAwait(false);
            string what = ex is SecurityException ? $"the server refused user '{user}'" : "cannot connect";
            Terminal.Error($"error: {uri}: {what}: {Describe(ex)}");
            return null;
        }
    }

    /// <summary>A server error as one line: code and message.</summary>
    public static string Describe(Neo4jException error) =>
        (string.IsNullOrEmpty(error.Code) ? "" : error.Code + ": ") + error.Message.ReplaceLineEndings(" ");

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
