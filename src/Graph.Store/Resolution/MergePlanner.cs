namespace Graph.Store.Resolution;

/// <summary>
/// Combines the user's decisions with the automatic merges. On each pair of ids the later line wins. User merges
/// apply first, in line order: a merge chains (<c>merge A B</c>, <c>merge B C</c>: C and B join A), a later merge of
/// the same OTHER moves it, and a merge that would close a cycle or make two ids a split keeps apart one entity is
/// refused with an error. Automatic merges then apply where no split forbids them; when they join a group the user
/// built, the user's KEEP stays canonical, and they never join two groups the user built.
/// </summary>
public static class MergePlanner
{
    /// <summary>The plan for <paramref name="decisions"/> (already checked, in line order) and <paramref name="automatic"/>.</summary>
    public static MergePlan Plan(string fileName, IReadOnlyList<UserDecision> decisions, IReadOnlyList<AutomaticMerge> automatic)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(automatic);
        var last = new Dictionary<(string, string), UserDecision>();
        foreach (var decision in decisions)
        {
            last[decision.Pair] = decision;
        }

        var effective = decisions.Where(d => ReferenceEquals(last[d.Pair], d)).ToList();
        var splits = effective.Where(d => !d.IsMerge).ToList();
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        var userKept = new HashSet<string>(StringComparer.Ordinal);
        var errors = new List<string>();

        string Root(string id)
        {
            while (parent.TryGetValue(id, out string? up))
            {
                id = up;
            }

            return id;
        }

        UserDecision? BrokenSplit() => splits.FirstOrDefault(s => Root(s.First) == Root(s.Second));

        foreach (var merge in effective.Where(d => d.IsMerge))
        {
            (string keep, string other) = (merge.First, merge.Second);
            if (Leads(keep, other, parent))
            {
                errors.Add($"{fileName}:{merge.Line}: merge {keep} {other} makes a cycle ({keep} is already merged into {other})");
                continue;
            }

            string? before = parent.GetValueOrDefault(other);
            parent[other] = keep;
            if (BrokenSplit() is { } split)
            {
                Restore(parent, other, before);
                errors.Add($"{fileName}:{merge.Line}: merge {keep} {other} would make {split.First} and {split.Second} one entity, which line {split.Line} splits");
                continue;
            }

            reasons[other] = $"user: {Path.GetFileName(fileName)}:{merge.Line}";
            userKept.Add(keep);
        }

        foreach (var merge in automatic)
        {
            string ra = Root(merge.OtherId), rk = Root(merge.KeepId);
            bool userA = userKept.Contains(ra), userK = userKept.Contains(rk);
            if (ra == rk || (userA && userK))
            {
                continue;
            }

            (string child, string root) = userA ? (rk, ra) : (ra, rk);
            parent[child] = root;
            if (BrokenSplit() is not null)
            {
                parent.Remove(child);
                continue;
            }

            reasons[child] = merge.Reason;
        }

        var merges = parent.Keys.Order(StringComparer.Ordinal).ToDictionary(id => id, id => (Root(id), reasons[id]), StringComparer.Ordinal);
        return new MergePlan(merges, errors);
    }

    // True when following merges up from `from` reaches `target` (or `from` is `target`).
    private static bool Leads(string from, string target, Dictionary<string, string> parent)
    {
        for (string? id = from; id is not null; id = parent.GetValueOrDefault(id))
        {
            if (id == target)
            {
                return true;
            }
        }

        return false;
    }

    private static void Restore(Dictionary<string, string> parent, string id, string? before)
    {
        if (before is null)
        {
            parent.Remove(id);
        }
        else
        {
            parent[id] = before;
        }
    }
}
