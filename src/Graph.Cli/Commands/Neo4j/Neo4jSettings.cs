using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands.Neo4j;

/// <summary>Connection options shared by <c>graph push</c> and <c>graph query</c>.</summary>
internal class Neo4jSettings : CommandSettings
{
    /// <summary>Server URI.</summary>
    [CommandOption("--neo4j <URI>")]
    [Description("Neo4j server: bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://. push and query default to env NEO4J_URI; build pushes only when this is given")]
    public string? Uri { get; init; }

    /// <summary>Database name.</summary>
    [CommandOption("--database <NAME>")]
    [Description("Database to use. Default: env NEO4J_DATABASE, else the user's home database")]
    public string? Database { get; init; }

    /// <summary>User name.</summary>
    [CommandOption("--user <NAME>")]
    [Description("User name. Default: env NEO4J_USERNAME, else neo4j")]
    public string? User { get; init; }

    /// <summary>File holding the password (first line).</summary>
    [CommandOption("--password-file <FILE>")]
    [Description("File whose first line is the password. Default: env NEO4J_PASSWORD")]
    public string? PasswordFile { get; init; }

    /// <summary>The URI to connect to (option, then environment).</summary>
    public string? ResolvedUri => Uri ?? NonEmpty(Environment.GetEnvironmentVariable("NEO4J_URI"));

    /// <summary>The database (option, then environment).</summary>
    public string? ResolvedDatabase => Database ?? NonEmpty(Environment.GetEnvironmentVariable("NEO4J_DATABASE"));

    /// <summary>True when the command needs a server (<c>graph query --list</c> does not).</summary>
    protected virtual bool NeedsServer => true;

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (NeedsServer && ResolvedUri is null)
        {
            return ValidationResult.Error("--neo4j URI is required (or set NEO4J_URI)");
        }

        if (PasswordFile is not null && !File.Exists(PasswordFile))
        {
            return ValidationResult.Error($"--password-file: {PasswordFile}: no such file");
        }

        return ValidationResult.Success();
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
