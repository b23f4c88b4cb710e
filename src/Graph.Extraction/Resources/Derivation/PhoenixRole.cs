namespace Graph.Extraction.Resources.Derivation;

/// <summary>One code of a Phoenix actor record, with the dates it holds between when the dictionary gives them.</summary>
/// <param name="Code">The CAMEO actor code ("USAGOV", "IGOUNO").</param>
/// <param name="From">First day the code applies, or null when open.</param>
/// <param name="To">Last day the code applies, or null when open.</param>
public sealed record PhoenixRole(string Code, DateOnly? From, DateOnly? To);
