namespace Graph.View.Api.Shapes;

/// <summary>An entity named in passing: a place or a reported source.</summary>
/// <param name="Id">Entity id.</param>
/// <param name="Name">Canonical name.</param>
public sealed record ApiRef(string Id, string Name);
