using System.Text;
using Graph.Cli.Output;
using Graph.Model;
using Graph.Store;
using Graph.Store.Resolution;

namespace Graph.Cli.Commands;

/// <summary>
/// What <c>graph entities merge</c> and <c>split</c> share: check every id, append one line per pair to the decisions
/// file beside the store, recompute resolution, and print what changed. A decision naming an unknown id (or two types),
/// or one resolution would refuse (a cycle, a merge a split forbids), is refused before anything is written.
/// </summary>
internal static class EntityDecisions
{
    /// <summary>Records <paramref name="verb"/> (<c>merge</c> or <c>split</c>) of <paramref name="first"/> with each of <paramref name="others"/>.</summary>
    public static int Record(string storePath, string verb, string first, IReadOnlyList<string> others)
    {
        using var store = StoreOpener.OpenExisting(storePath);
        if (store is null)
        {
            return ExitCodes.InputFailed;
        }

        var types = store.ResolutionEntities().ToDictionary(e => e.Id, e => e.Type, StringComparer.Ordinal);
        EntityType? TypeOf(string id) => types.TryGetValue(id, out var type) ? type : null;
        var problems = others.Select(other => UserDecisions.Check([verb, first, other], TypeOf)).OfType<string>().Distinct().ToList();
        if (problems.Count > 0)
        {
            problems.ForEach(p => Terminal.Error("error: " + p));
            return ExitCodes.InputFailed;
        }

        string file = UserDecisions.PathFor(storePath);
        try
        {
            // The new lines are tried on the file as it would be: one that would be refused (a cycle, a merge a split
            // forbids) is reported and nothing is written.
            string existing = File.Exists(file) ? File.ReadAllText(file) : string.Empty;
            string addition = Addition(file, existing, others.Select(other => $"{verb}\t{first}\t{other}"));
            int kept = Lines(existing).Count;
            var lines = Lines(existing + addition);
            var refused = store.DecisionErrors(file, lines)
                .Where(e => Enumerable.Range(kept + 1, lines.Count - kept).Any(n => e.StartsWith($"{file}:{n}: ", StringComparison.Ordinal)))
                .ToList();
            if (refused.Count > 0)
            {
                refused.ForEach(e => Terminal.Error("error: " + e));
                return ExitCodes.InputFailed;
            }

            File.AppendAllText(file, addition, new UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Terminal.Error($"error: {file}: cannot write: {ex.Message}");
            return ExitCodes.InputFailed;
        }

        var outcome = Resolve(store, file);
        if (outcome is not null)
        {
            EntitiesView.RenderChanges(outcome);
        }

        return outcome is { Errors.Count: 0 } ? ExitCodes.Success : ExitCodes.InputFailed;
    }

    /// <summary>
    /// Recomputes resolution from <paramref name="file"/>, printing one error line per unusable decision; null (after
    /// an error line) when the file cannot be read.
    /// </summary>
    public static ResolutionOutcome? Resolve(GraphStore store, string file)
    {
        ResolutionOutcome outcome;
        try
        {
            outcome = store.ResolveEntities(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Terminal.Error($"error: {file}: cannot read: {ex.Message}");
            return null;
        }
        catch (StoreException ex)
        {
            // A store that cannot be written (read-only file) keeps the resolution it had.
            Terminal.Error("error: " + ex.Message);
            return null;
        }

        foreach (string error in outcome.Errors)
        {
            Terminal.Error("error: " + error);
        }

        return outcome;
    }

    // What to append: a new file starts with a comment saying what it is; an existing one not ending in a line end gets one.
    private static string Addition(string file, string existing, IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        if (!File.Exists(file))
        {
            text.Append("# Entity decisions for ").Append(Path.GetFileName(file)[..^".entities.tsv".Length])
                .Append(": 'merge KEEP OTHER' or 'split A B', one a line; a later line wins on the same pair.\n");
        }
        else if (existing.Length > 0 && !existing.EndsWith('\n'))
        {
            text.Append('\n');
        }

        foreach (string line in lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    // The lines of a file's text as File.ReadLines reads them.
    private static List<string> Lines(string text)
    {
        using var reader = new StringReader(text);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
