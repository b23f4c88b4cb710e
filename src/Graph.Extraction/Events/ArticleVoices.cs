namespace Graph.Extraction.Events;

/// <summary>Who the article's collective words stand for, read once per article.</summary>
/// <param name="Issuers">The government "we" is in a statement it issued (<see cref="StatementIssuer"/>).</param>
/// <param name="Participants">The listed participants of the meeting it reports (<see cref="CallParticipants"/>).</param>
internal sealed record ArticleVoices(IReadOnlyList<string> Issuers, IReadOnlyList<string> Participants);
