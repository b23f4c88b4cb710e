namespace Graph.View.Api.Shapes;

/// <summary>A relation on the wire (<c>Edge</c> in the API documentation).</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Source">Subject entity id.</param>
/// <param name="Target">Object entity id.</param>
/// <param name="Predicate">Predicate name (<c>MEET</c>, ...).</param>
/// <param name="Kind">Predicate kind in lower case (<c>structural</c> or <c>action</c>).</param>
/// <param name="Status">Status wire name (<c>asserted</c>, ...).</param>
/// <param name="Title">Position title (HOLDS_POSITION only).</param>
/// <param name="Evidence">Number of sentences that state it.</param>
/// <param name="FirstDate">Earliest evidence date (yyyy-MM-dd), when any.</param>
/// <param name="LastDate">Latest evidence date (yyyy-MM-dd), when any.</param>
public sealed record ApiEdge(
    string Id, string Source, string Target, string Predicate, string Kind, string Status, string? Title, int Evidence, string? FirstDate, string? LastDate);
