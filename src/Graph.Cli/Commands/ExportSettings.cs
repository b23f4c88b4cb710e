using System.ComponentModel;
using Graph.Cli.Exports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>Arguments of <c>graph export</c>.</summary>
internal sealed class ExportSettings : StoreSettings
{
    /// <summary>The format to write.</summary>
    [CommandOption("-f|--format <FORMAT>")]
    [Description("turtle, ntriples, nquads, trig, jsonld, rdfxml or cypher")]
    public string? Format { get; init; }

    /// <summary>Output file, or <c>-</c> for standard output.</summary>
    [CommandOption("-o|--out <FILE>")]
    [Description("Output file, or - for standard output. Default: -")]
    [DefaultValue("-")]
    public string Out { get; init; } = "-";

    /// <summary>Base IRI for RDF resources.</summary>
    [CommandOption("--base <IRI>")]
    [Description("Namespace of the graph's RDF resources. Default: " + ExportFormats.DefaultBaseIri)]
    [DefaultValue(ExportFormats.DefaultBaseIri)]
    public string BaseIri { get; init; } = ExportFormats.DefaultBaseIri;

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Format))
        {
            return ValidationResult.Error($"--format is required ({ExportFormats.Names})");
        }

        return ExportFormats.Find(Format) is null
            ? ValidationResult.Error($"--format: unknown format '{Format}' (expected {ExportFormats.Names})")
            : BaseIriValidation.Validate(BaseIri);
    }
}
