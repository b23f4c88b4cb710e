namespace Graph.View.Api.Shapes;

/// <summary>Where a sentence names the subject or the object: UTF-16 offsets into the sentence.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Role"><c>subject</c> or <c>object</c>.</param>
public sealed record ApiHighlight(int Start, int End, string Role);
