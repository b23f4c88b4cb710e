namespace Graph.Store.Resolution;

/// <summary>Two canonical entities that may be one, not merged yet.</summary>
/// <param name="KeepId">The one to keep were they merged (a full name over a surname, else the one mentioned most).</param>
/// <param name="OtherId">The other.</param>
/// <param name="Mentions">Mentions of both together (candidates are listed by it, most first).</param>
/// <param name="Evidence">Why they may be one, e.g. <c>shared alias "President Okafor"</c>; several reasons joined by "; ".</param>
public sealed record DuplicateCandidate(string KeepId, string OtherId, int Mentions, string Evidence)
{
    /// <summary>The command that merges them.</summary>
    public string MergeCommand => $"graph entities merge {KeepId} {OtherId}";
}
