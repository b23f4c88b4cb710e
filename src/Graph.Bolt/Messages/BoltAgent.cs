namespace Graph.Bolt.Messages;

/// <summary>The <c>bolt_agent</c> HELLO entry (mandatory from Bolt 5.3).</summary>
internal sealed record BoltAgent(string Product, string Platform, string Language, string LanguageDetails)
{
    public static BoltAgent Current { get; } = new(
        "graph-bolt/" + typeof(BoltAgent).Assembly.GetName().Version?.ToString(3),
        System.Runtime.InteropServices.RuntimeInformation.OSDescription,
        "C#/" + Environment.Version.ToString(),
        System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
}
