using Graph.Extraction.Resources;
using Graph.Model;

namespace Graph.Extraction.Events;

/// <summary>
/// Why a fact exists: the pattern row that matched, the token that triggered it, and the tokens its
/// actor and target came from, with the status and source the sentence gives it.
/// </summary>
/// <param name="SentenceIndex">The sentence.</param>
/// <param name="Trigger">Index of the triggering verb or noun in the sentence's parse.</param>
/// <param name="Pattern">The matching row of the event patterns.</param>
/// <param name="Actors">Parse tokens the actor entities were read from.</param>
/// <param name="Targets">Parse tokens the target entities were read from.</param>
/// <param name="Status">What the sentence asserts about the act.</param>
/// <param name="Source">Entity id of whoever the sentence reports as saying it, if any.</param>
public sealed record EventMatch(
    int SentenceIndex, int Trigger, EventPattern Pattern, IReadOnlyList<int> Actors, IReadOnlyList<int> Targets, FactStatus Status, string? Source);
