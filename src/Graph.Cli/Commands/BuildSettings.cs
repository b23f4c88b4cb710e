using System.ComponentModel;
using Graph.Cli.Commands.Neo4j;
using Graph.Cli.Exports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>
/// Arguments of <c>graph build</c>: the store, the outputs and, when <c>--neo4j</c> is given, the push
/// options (connection, credentials, batch size) shared with <c>graph push</c>.
/// </summary>
internal sealed class BuildSettings : PushSettings
{
    /// <summary>Article files and folders; <c>data/articles</c> when none are given.</summary>
    [CommandArgument(0, "[PATH]")]
    [Description("Article files (.txt .md .json .html) and folders, read recursively. Default: data/articles")]
    public string[] Paths { get; init; } = [];

    /// <summary>Folder for the exports and per-article extraction files.</summary>
    [CommandOption("--out <DIR>")]
    [Description("Output folder for graph exports and extract/NAME.json files. Default: out")]
    [DefaultValue("out")]
    public string Out { get; init; } = "out";

    /// <summary>RDF syntaxes to write besides the Cypher script.</summary>
    [CommandOption("--rdf <FORMATS>")]
    [Description("Comma-separated RDF formats to write (turtle, ntriples, nquads, trig, jsonld, rdfxml). Default: turtle")]
    [DefaultValue("turtle")]
    public string Rdf { get; init; } = "turtle";

    /// <summary>Base IRI for RDF resources.</summary>
    [CommandOption("--base <IRI>")]
    [Description("Namespace of the graph's RDF resources. Default: " + ExportFormats.DefaultBaseIri)]
    [DefaultValue(ExportFormats.DefaultBaseIri)]
    public string BaseIri { get; init; } = ExportFormats.DefaultBaseIri;

    /// <summary>True when the build ends with a push (<c>--neo4j</c> given; <c>NEO4J_URI</c> alone does not push).</summary>
    public bool Pushes => Uri is not null;

    /// <inheritdoc />
    protected override bool NeedsServer => Pushes;

    /// <summary>The paths to read, defaulted.</summary>
    public IReadOnlyList<string> EffectivePaths => Paths.Length > 0 ? Paths : [Path.Combine("data", "articles")];

    /// <summary>The RDF formats requested.</summary>
    public IReadOnlyList<ExportFormat> RdfFormats =>
        [.. Rdf.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(name => ExportFormats.Find(name)!)];

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        foreach (string name in Rdf.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ExportFormats.Find(name) is null || name.Equals("cypher", StringComparison.OrdinalIgnoreCase))
            {
                return ValidationResult.Error($"--rdf: unknown RDF format '{name}' (expected turtle, ntriples, nquads, trig, jsonld or rdfxml)");
            }
        }

        var baseIri = BaseIriValidation.Validate(BaseIri);
        return baseIri.Successful ? base.Validate() : baseIri;
    }
}
