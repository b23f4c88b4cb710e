namespace Graph.Build.Benchmarks;

/// <summary>What one build did and used.</summary>
/// <param name="ExitCode">The command's exit code.</param>
/// <param name="Seconds">Wall time of the command, in the child (process start and runtime load excluded).</param>
/// <param name="Resources">Peak memory and bytes written by the child process.</param>
/// <param name="Summary">The summary's first line (articles read, added, unchanged, failed, extracted).</param>
internal sealed record BuildFigures(int ExitCode, double Seconds, ProcessResources Resources, string Summary);
