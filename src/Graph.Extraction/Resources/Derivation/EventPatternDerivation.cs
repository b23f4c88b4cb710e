using Graph.Model;

namespace Graph.Extraction.Resources.Derivation;

/// <summary>
/// Builds the event-pattern lexicon (<c>data/lexicon/events.tsv</c>): the rows derived from the CAMEO verb
/// dictionary, less the derived rows the project excludes, merged with the project's own rows, sorted.
/// The same inputs always give the same rows.
/// </summary>
/// <remarks>
/// A project row replaces the derived rows it overlaps: same lemma, part of speech and particle, a target
/// place in common, and a support noun in common (or neither has one). A derived row keeps the support
/// nouns the project row does not name ("express concern" is CRITICIZE by the project's guide where CAMEO
/// codes it a pessimistic comment; "express anxiety" stays CAMEO's).
/// </remarks>
public static class EventPatternDerivation
{
    /// <summary>Derives and merges.</summary>
    /// <param name="cameoText">The text of the CAMEO verb dictionary.</param>
    /// <param name="cameoName">Its file name, written in the origin column (<c>CAMEO.2.0.txt</c>).</param>
    /// <param name="projectText">The project's own rows, in the <see cref="EventPatternFormat"/> format, all
    /// with origin <c>project</c> and the predicate's own CAMEO code.</param>
    /// <param name="excludeText">The derived rows to drop (see <c>events.exclude.tsv</c>).</param>
    /// <returns>The rows, sorted, and what was counted on the way.</returns>
    /// <exception cref="ProjectRowsException">A project or exclusion row is malformed, a project row is not
    /// of origin <c>project</c>, has another code than its predicate's or repeats a key, or an exclusion
    /// matches no derived row.</exception>
    public static (IReadOnlyList<EventPattern> Patterns, DerivationCounts Counts) Run(
        string cameoText, string cameoName, string projectText, string excludeText)
    {
        ArgumentNullException.ThrowIfNull(cameoText);
        ArgumentNullException.ThrowIfNull(cameoName);
        IReadOnlyList<EventPattern> project = ReadProject(projectText);
        IReadOnlyList<(string Key, int Line)> exclusions;
        try
        {
            exclusions = EventPatternExclusions.Parse(excludeText);
        }
        catch (FormatException ex)
        {
            throw new ProjectRowsException(ProjectFile.Exclude, ex.Message);
        }

        var counts = new DerivationCounts();
        // An excluded bare verb ("reside" in the occupying block) does not share its block's meaning either.
        var otherSense = exclusions
            .Select(e => e.Key.Split('\t'))
            .Where(k => k[1] == "VERB" && k[2] == "-" && k[3] == "-" && k[4] == "obj")
            .Select(k => k[0])
            .ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<EventPattern> derived = CameoEventDeriver.Derive(CameoDictionary.Parse(cameoText), cameoName, counts, otherSense);
        var derivedKeys = derived.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, line) in exclusions)
        {
            if (!derivedKeys.Contains(key))
            {
                throw new ProjectRowsException(ProjectFile.Exclude, $"line {line}: no derived row has the key '{key.Replace('\t', ' ')}'");
            }
        }

        var excluded = exclusions.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        counts.ExcludedRows = excluded.Count;
        counts.ProjectRows = project.Count;
        var rows = new Dictionary<string, EventPattern>(StringComparer.Ordinal);
        foreach (EventPattern row in project)
        {
            rows[row.Key] = row;
        }

        foreach (EventPattern row in derived.Where(d => !excluded.Contains(d.Key)))
        {
            EventPattern[] overlapping = [.. project.Where(p => Overlaps(p, row))];
            EventPattern? kept = row;
            if (overlapping.Length > 0)
            {
                counts.ProjectOverrides++;
                string[] remaining = [.. row.Objects.Where(o => !overlapping.Any(p => p.Objects.Contains(o, StringComparer.Ordinal)))];
                kept = remaining.Length > 0 ? row with { Objects = remaining } : null;
            }

            if (kept is not null)
            {
                rows.TryAdd(kept.Key, kept);
            }
        }

        EventPattern[] sorted = [.. rows.Values.OrderBy(EventPatternFormat.Format, StringComparer.Ordinal)];
        return (sorted, counts);
    }

    private static bool Overlaps(EventPattern project, EventPattern derived) =>
        project.Lemma == derived.Lemma && project.Pos == derived.Pos && project.Particle == derived.Particle
        && ((project.Target.DirectObject && derived.Target.DirectObject)
            || project.Target.Prepositions.Intersect(derived.Target.Prepositions, StringComparer.Ordinal).Any()
            || (project.Target.IsNone && derived.Target.IsNone))
        && ((project.Objects.Count == 0 && derived.Objects.Count == 0)
            || project.Objects.Intersect(derived.Objects, StringComparer.Ordinal).Any());

    private static IReadOnlyList<EventPattern> ReadProject(string projectText)
    {
        ArgumentNullException.ThrowIfNull(projectText);
        IReadOnlyList<EventPattern> project;
        try
        {
            project = EventPatternFormat.Parse(projectText);
        }
        catch (FormatException ex)
        {
            throw new ProjectRowsException(ProjectFile.Project, ex.Message);
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (EventPattern row in project)
        {
            PredicateInfo info = PredicateInfo.Of(row.Predicate);
            string? problem = row switch
            {
                _ when row.Origin != EventPattern.ProjectOrigin => $"origin '{row.Origin}', expected project",
                _ when row.Cameo != info.Cameo => $"CAMEO code {row.Cameo ?? "-"}, but {info.Name} is {info.Cameo ?? "-"}",
                _ when !keys.Add(row.Key) => "a key already given",
                _ => null,
            };
            if (problem is not null)
            {
                throw new ProjectRowsException(ProjectFile.Project, $"row '{EventPatternFormat.Format(row).Replace('\t', ' ')}': {problem}");
            }
        }

        return project;
    }
}
