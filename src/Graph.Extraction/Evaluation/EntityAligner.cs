using Graph.Model.Extraction;

namespace Graph.Extraction.Evaluation;

/// <summary>
/// Aligns predicted entities with gold entities one to one, greedily and strongest evidence first: same
/// normalized name, then a name among the other's aliases, then any shared form. Among equally strong
/// candidates a pair of the same type goes first; otherwise predicted order, then gold order, decides.
/// </summary>
public static class EntityAligner
{
    /// <summary>Aligns <paramref name="predicted"/> with <paramref name="gold"/>.</summary>
    public static EntityAlignment Align(IReadOnlyList<GoldEntity> gold, IReadOnlyList<ExtractedEntity> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldForms = gold.Select(g => Forms.Of(g.Name, g.Aliases)).ToList();
        var candidates = new List<(AlignmentLevel Level, bool SameType, string PredictedId, string GoldId)>();
        foreach (ExtractedEntity p in predicted)
        {
            Forms predictedForms = Forms.Of(p.Name, p.Aliases);
            for (int g = 0; g < gold.Count; g++)
            {
                if (predictedForms.MatchWith(goldForms[g]) is AlignmentLevel level)
                {
                    candidates.Add((level, p.Type == gold[g].Type, p.Id, gold[g].Id));
                }
            }
        }

        // OrderBy is stable: ties keep the predicted-then-gold order in which the candidates were listed.
        var goldByPredicted = new Dictionary<string, string>(StringComparer.Ordinal);
        var levels = new Dictionary<string, AlignmentLevel>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (level, _, predictedId, goldId) in candidates.OrderByDescending(c => c.Level).ThenBy(c => c.SameType ? 0 : 1))
        {
            if (goldByPredicted.ContainsKey(predictedId) || taken.Contains(goldId))
            {
                continue;
            }

            goldByPredicted[predictedId] = goldId;
            levels[predictedId] = level;
            taken.Add(goldId);
        }

        return new EntityAlignment(goldByPredicted, levels);
    }

    /// <summary>An entity's normalized name (kept even when empty) and its non-empty normalized aliases.</summary>
    private sealed record Forms(string Name, HashSet<string> Aliases)
    {
        public static Forms Of(string name, IEnumerable<string> aliases)
        {
            var normalized = new HashSet<string>(aliases.Select(NameNormalizer.Normalize), StringComparer.Ordinal);
            normalized.Remove(string.Empty);
            return new Forms(NameNormalizer.Normalize(name), normalized);
        }

        public AlignmentLevel? MatchWith(Forms gold)
        {
            if (Name == gold.Name)
            {
                return AlignmentLevel.ExactName;
            }

            if (gold.Aliases.Contains(Name) || Aliases.Contains(gold.Name))
            {
                return AlignmentLevel.NameInAliases;
            }

            return Aliases.Overlaps(gold.Aliases) ? AlignmentLevel.SharedAlias : null;
        }
    }
}
