namespace Graph.Extraction.Resources.Derivation;

/// <summary>
/// A verb synonym block: <c>--- NAME [code] ---</c>, its verbs (which share the patterns), and its patterns.
/// </summary>
/// <param name="Line">The 1-based line number of its header.</param>
/// <param name="Name">Its name.</param>
/// <param name="Code">The default code of its verbs.</param>
/// <param name="Verbs">Its verb lines.</param>
/// <param name="Patterns">Its pattern lines.</param>
internal sealed record CameoVerbBlock(int Line, string Name, CameoCode Code, IReadOnlyList<CameoVerb> Verbs, IReadOnlyList<CameoPattern> Patterns);
