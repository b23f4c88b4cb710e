using System.Globalization;
using Graph.Cli.Output;
using Graph.Extraction.Resources.Derivation;
using Graph.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph derive-actors</c>: regenerates the derived organization, armed-group and officeholder gazetteers from the Phoenix actor
/// dictionaries, and prints what it made and left out.
/// </summary>
internal sealed class DeriveActorsCommand : Command<DeriveActorsSettings>
{
    /// <summary>The derived organizations file, in the output folder.</summary>
    public const string OrganizationsFile = "organizations.phoenix.tsv";

    /// <summary>The derived armed-groups file, in the output folder.</summary>
    public const string GroupsFile = "groups.phoenix.tsv";

    /// <summary>The derived officeholders file, in the output folder.</summary>
    public const string OfficeholdersFile = "officeholders.phoenix.tsv";

    /// <summary>The ordinary capitalized words, in the lexicon output folder.</summary>
    public const string OrdinaryWordsFile = "ordinary-words.tsv";

    /// <inheritdoc />
    public override int Execute(CommandContext context, DeriveActorsSettings settings, CancellationToken cancellationToken)
    {
        // A missing folder is one error, not one per dictionary it should hold.
        if (!Directory.Exists(settings.Dictionaries))
        {
            Terminal.Error($"error: {settings.Dictionaries}: not found");
            return ExitCodes.InputFailed;
        }

        string? international = ReadInput(Path.Combine(settings.Dictionaries, ActorDerivation.InternationalFile));
        string? milNonState = ReadInput(Path.Combine(settings.Dictionaries, ActorDerivation.MilNonStateFile));
        string? countries = ReadInput(Path.Combine(settings.Dictionaries, ActorDerivation.CountriesFile));
        string? words = ReadInput(settings.Words);
        if (international is null || milNonState is null || countries is null || words is null)
        {
            return ExitCodes.InputFailed;
        }

        WordUsage? usage = CountWords(words, settings.Corpus);
        if (usage is null)
        {
            return ExitCodes.InputFailed;
        }

        var (rows, counts) = ActorDerivation.Run(international, milNonState, countries, usage);
        var outputs = new[]
        {
            (File: Path.Combine(settings.Out, OrganizationsFile), Type: EntityType.Organization,
                Source: $"{ActorDerivation.InternationalFile} and {ActorDerivation.MilNonStateFile}"),
            (File: Path.Combine(settings.Out, GroupsFile), Type: EntityType.Group, Source: ActorDerivation.MilNonStateFile),
        };
        foreach (var output in outputs)
        {
            if (!Write(output.File, writer => DerivedActorWriter.Write(writer, rows, output.Type, output.Source), $"{rows.Count(r => r.Type == output.Type)} rows"))
            {
                return ExitCodes.InputFailed;
            }
        }

        IReadOnlyList<DerivedOfficeholder> officeholders = OfficeholderDerivation.Run(countries, usage);
        string ordinaryFile = Path.Combine(settings.LexiconOut, OrdinaryWordsFile);
        if (!Write(Path.Combine(settings.Out, OfficeholdersFile), writer => OfficeholderWriter.Write(writer, officeholders), $"{officeholders.Count} rows")
            || !Write(ordinaryFile, writer => OrdinaryWordWriter.Write(writer, usage.OrdinaryCapitalizedWords()), $"{usage.OrdinaryCapitalizedWords().Count()} words"))
        {
            return ExitCodes.InputFailed;
        }

        Render(counts);
        return ExitCodes.Success;
    }

    /// <summary>Writes one output whole or not at all, then says so; false (with the error told) when it cannot be written.</summary>
    private static bool Write(string file, Action<TextWriter> write, string what)
    {
        try
        {
            AtomicFile.Write(file, writer =>
            {
                write(writer);
                return true;
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Terminal.Error($"error: {file}: {ex.Message}");
            return false;
        }

        // Plain lines, never wrapped: scripts and the reproducibility notes quote them.
        Console.Out.WriteLine($"Wrote {file}: {what}");
        return true;
    }

    private static WordUsage? CountWords(string treebank, string corpus)
    {
        if (!Directory.Exists(corpus))
        {
            Terminal.Error($"error: {corpus}: not found");
            return null;
        }

        IReadOnlyList<string> files = TextCorpus.Files(corpus);
        string current = corpus;
        try
        {
            WordUsage usage = WordUsage.From(treebank, files.Select(f => current = f).Select(File.ReadAllText));
            Console.Out.WriteLine($"Counted the words of {files.Count} texts in {corpus}");
            return usage;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Terminal.Error($"error: {current}: {ex.Message}");
            return null;
        }
    }

    private static string? ReadInput(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            string reason = ex is FileNotFoundException or DirectoryNotFoundException ? "not found" : ex.Message;
            Terminal.Error($"error: {path}: {reason}");
            return null;
        }
    }

    private static void Render(ActorDerivationCounts counts)
    {
        Console.Out.WriteLine(
            "Read " + string.Join(", ", counts.Records.Select(kv => $"{kv.Value} records of {kv.Key}"))
            + $"; {counts.GivenNames} first names of people");
        var table = new Table().Border(TableBorder.Rounded).Title("Forms left out").AddColumn("Reason").AddColumn(new TableColumn("Count").RightAligned());
        foreach (var (reason, count) in counts.Rejected.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape(reason), count.ToString(CultureInfo.InvariantCulture));
        }

        Terminal.Out.Write(table);
    }
}
