using System.ComponentModel;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>Arguments of <c>graph derive-events</c>.</summary>
internal sealed class DeriveEventsSettings : CommandSettings
{
    /// <summary>The CAMEO verb dictionary.</summary>
    [CommandOption("--cameo <FILE>")]
    [Description("PETRARCH2's CAMEO verb dictionary. Default: ../shared/nlp/petrarch2/CAMEO.2.0.txt")]
    [DefaultValue("../shared/nlp/petrarch2/CAMEO.2.0.txt")]
    public string Cameo { get; init; } = "../shared/nlp/petrarch2/CAMEO.2.0.txt";

    /// <summary>The project's own rows.</summary>
    [CommandOption("--project <FILE>")]
    [Description("The project's own event patterns, merged in. Default: data/lexicon/events.project.tsv")]
    [DefaultValue("data/lexicon/events.project.tsv")]
    public string Project { get; init; } = "data/lexicon/events.project.tsv";

    /// <summary>The derived rows the project drops.</summary>
    [CommandOption("--exclude <FILE>")]
    [Description("Derived rows the project drops, with reasons. Default: data/lexicon/events.exclude.tsv")]
    [DefaultValue("data/lexicon/events.exclude.tsv")]
    public string Exclude { get; init; } = "data/lexicon/events.exclude.tsv";

    /// <summary>The file written.</summary>
    [CommandOption("-o|--out <FILE>")]
    [Description("The event-pattern lexicon written. Default: data/lexicon/events.tsv")]
    [DefaultValue("data/lexicon/events.tsv")]
    public string Out { get; init; } = "data/lexicon/events.tsv";
}
