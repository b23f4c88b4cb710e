namespace Graph.View.Benchmarks;

/// <summary>One opening of the explorer, in milliseconds from navigation start.</summary>
/// <param name="DocumentParsed">The document parsed and its scripts run (<c>DOMContentLoaded</c> handlers done).</param>
/// <param name="FirstView">The landing view drawn and the page marked ready.</param>
internal sealed record PageLoad(double DocumentParsed, double FirstView);
