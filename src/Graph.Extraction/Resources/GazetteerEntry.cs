using Graph.Model;

namespace Graph.Extraction.Resources;

/// <summary>One surface form of a known entity.</summary>
/// <param name="Form">The form as written in the data ("U.S.", "Iranian").</param>
/// <param name="Tokens">The form split into tokens, for matching.</param>
/// <param name="Type">Type of the entity the form names.</param>
/// <param name="CanonicalName">Canonical name of that entity.</param>
/// <param name="Kind">Name or adjective.</param>
/// <param name="ExactCase">True when the form matches only as written ("WHO", not "who" or "Who").</param>
/// <param name="Derived">True when the form comes from a derived gazetteer (<c>*.phoenix.tsv</c>, <c>cities.geonames.tsv</c>), not a hand-written one.</param>
public sealed record GazetteerEntry(
    string Form, IReadOnlyList<string> Tokens, EntityType Type, string CanonicalName, GazetteerForm Kind, bool ExactCase = false, bool Derived = false);
