using System.ComponentModel;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>Arguments of <c>graph derive-actors</c>.</summary>
internal sealed class DeriveActorsSettings : CommandSettings
{
    /// <summary>The folder of the Phoenix actor dictionaries.</summary>
    [CommandOption("--dictionaries <DIR>")]
    [Description("Folder of PETRARCH2's Phoenix actor dictionaries. Default: ../shared/nlp/petrarch2")]
    [DefaultValue("../shared/nlp/petrarch2")]
    public string Dictionaries { get; init; } = "../shared/nlp/petrarch2";

    /// <summary>The treebank that tells ordinary words and acronyms.</summary>
    [CommandOption("--words <FILE>")]
    [Description("CoNLL-U treebank telling ordinary English words and acronyms. Default: ../shared/nlp/ud-ewt/en_ewt-ud-train.conllu")]
    [DefaultValue("../shared/nlp/ud-ewt/en_ewt-ud-train.conllu")]
    public string Words { get; init; } = "../shared/nlp/ud-ewt/en_ewt-ud-train.conllu";

    /// <summary>The folder of running texts that tells how words are written.</summary>
    [CommandOption("--corpus <DIR>")]
    [Description("Folder of press texts (.txt, .md, searched recursively) telling how each word is written. Default: ../shared/corpus")]
    [DefaultValue("../shared/corpus")]
    public string Corpus { get; init; } = "../shared/corpus";

    /// <summary>The folder written.</summary>
    [CommandOption("-o|--out <DIR>")]
    [Description("Folder the derived gazetteers are written to. Default: data/gazetteer")]
    [DefaultValue("data/gazetteer")]
    public string Out { get; init; } = "data/gazetteer";

    /// <summary>The folder the ordinary-word list is written to.</summary>
    [CommandOption("--lexicon-out <DIR>")]
    [Description("Folder the list of ordinary capitalized words is written to. Default: data/lexicon")]
    [DefaultValue("data/lexicon")]
    public string LexiconOut { get; init; } = "data/lexicon";
}
