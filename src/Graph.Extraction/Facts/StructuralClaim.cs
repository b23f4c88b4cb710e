using Graph.Extraction.Mentions;
using Graph.Model;

namespace Graph.Extraction.Facts;

/// <summary>A structural fact found in one sentence, between two mentions, before it becomes an extracted fact.</summary>
/// <param name="Subject">The mention the fact is about (the person, the member, the place).</param>
/// <param name="Predicate">The structural predicate.</param>
/// <param name="Object">The holder, body or container; the subject itself when the text names a container that is no known place.</param>
/// <param name="Title">The title, for a position.</param>
internal sealed record StructuralClaim(EntityMention Subject, Predicate Predicate, EntityMention Object, string? Title);
