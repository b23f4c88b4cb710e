using Graph.Model;

namespace Graph.Extraction.Resources.Derivation;

/// <summary>One row of a derived actor gazetteer.</summary>
/// <param name="Name">The canonical name, as text writes it.</param>
/// <param name="Aliases">The other forms, in dictionary order.</param>
/// <param name="ExactForms">The forms, among the name and aliases, that match only as written.</param>
/// <param name="Type">Organization or Group.</param>
/// <param name="Origin">The dictionary file and line of the record (<c>Phoenix.MilNonState.actors.txt:16</c>).</param>
public sealed record DerivedActor(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> ExactForms, EntityType Type, string Origin);
