using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands.Neo4j;

/// <summary>Arguments of <c>graph query</c>.</summary>
internal sealed class QuerySettings : Neo4jSettings
{
    /// <summary>Output formats.</summary>
    public static readonly string[] Formats = ["table", "json", "csv"];

    /// <summary>A library query name or a .cypher file.</summary>
    [CommandArgument(0, "[NAME|FILE]")]
    [Description("A query of the library (see --list) or a .cypher file (its header, as in the library, is optional)")]
    public string? Query { get; init; }

    /// <summary>Cypher text to run instead of a named query or file.</summary>
    [CommandOption("--cypher <QUERY>")]
    [Description("Run this Cypher text (with --param values) instead of a NAME or FILE")]
    public string? Cypher { get; init; }

    /// <summary>Parameter values, <c>key=value</c>.</summary>
    [CommandOption("-p|--param <KEY=VALUE>")]
    [Description("A parameter value (repeatable), converted to the type the query declares. Unset parameters take their example value")]
    public string[] Parameters { get; init; } = [];

    /// <summary>Output format.</summary>
    [CommandOption("-f|--format <FORMAT>")]
    [Description("table, json or csv. Default: table")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    /// <summary>List the library instead of running a query.</summary>
    [CommandOption("--list")]
    [Description("List the library's queries with the question each answers and its parameters")]
    public bool List { get; init; }

    /// <inheritdoc />
    protected override bool NeedsServer => !List;

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (List)
        {
            return ValidationResult.Success();
        }

        if (string.IsNullOrWhiteSpace(Query) == string.IsNullOrWhiteSpace(Cypher))
        {
            return ValidationResult.Error(Cypher is null
                ? "give a query NAME or FILE, --cypher QUERY, or --list to see the library"
                : "give a query NAME or FILE, or --cypher QUERY, not both");
        }

        if (!Formats.Contains(Format, StringComparer.Ordinal))
        {
            return ValidationResult.Error($"--format: unknown format '{Format}' (expected table, json or csv)");
        }

        string? bad = Parameters.FirstOrDefault(p => p.IndexOf('=', StringComparison.Ordinal) <= 0);
        return bad is not null
            ? ValidationResult.Error($"--param: '{bad}' is not key=value")
            : base.Validate();
    }

    /// <summary>The parameter values by name (a repeated key: the last one wins).</summary>
    public IReadOnlyDictionary<string, string> ParameterValues()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in Parameters)
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            values[pair[..equals].Trim()] = pair[(equals + 1)..];
        }

        return values;
    }
}
