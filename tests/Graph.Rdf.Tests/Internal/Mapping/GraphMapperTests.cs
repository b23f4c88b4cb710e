using System.Text;
using Graph.Model;
using Graph.Rdf.Tests.Support;
using Graph.Testing;

namespace Graph.Rdf.Tests.Internal.Mapping;

/// <summary>
/// How the mapping carries a fact's status and reported source: read back from the TriG export by N3.js and by
/// Oxigraph, and checked on the statements the mapping yields.
/// </summary>
public sealed class GraphMapperTests
{
    private const string Base = "https://graph.example.org/";
    private const string Ontology = Base + "ontology/";
    private const string Status = Ontology + "status";
    private const string AccordingTo = "http://semanticweb.cs.vu.nl/2009/11/sem/accordingTo";
    private const string RdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private const string SemEvent = "http://semanticweb.cs.vu.nl/2009/11/sem/Event";

    private static readonly Lazy<List<Relation>> Relations = new(() => [.. SampleGraph.Create().Relations()]);

    [SkippableTheory]
    [InlineData("n3")]
    [InlineData("oxigraph")]
    public void TriG_ParsedByAStrictParser_CarriesStatusAndSource_AndStatesOnlyAssertedFactsAsTriples(string parser)
    {
        Skip.IfNot(NodeTool.IsInstalled, "tests/js/node_modules is missing (run tests/run.sh, which runs npm ci)");

        // Arrange
        using var temp = new TempDirectory();
        string path = temp.File("sample.trig");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            RdfExport.Write(SampleGraph.Create(), RdfFormat.TriG, writer);
        }

        // Act
        var parsed = NodeTool.Run("rdf-parse.mjs", ["trig", path, parser]);

        // Assert
        Assert.True(parsed.ExitCode == 0, parsed.StdErr);
        var lines = parsed.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        Relation negated = Single(FactStatus.Negated);
        Relation alleged = Single(FactStatus.Alleged);
        Evidence denial = negated.Evidence.Single();
        string negatedEvent = Iri(negated.EventId(denial));
        string denialGraph = $"<{Base}graph/article/{denial.ArticleId["article:".Length..]}>";

        // The denied attack: no triple in any graph, its statement node and its event say negated, and who said so
        Assert.DoesNotContain(lines, l => l.StartsWith($"{Iri(negated.SubjectId)} <{Ontology}ATTACK> {Iri(negated.ObjectId)}", StringComparison.Ordinal));
        Assert.Contains($"{Iri(negated.Id)} <{Status}> <{Base}status/negated> .", lines);
        Assert.Contains($"{negatedEvent} <{Status}> <{Base}status/negated> {denialGraph} .", lines);
        Assert.Contains($"{negatedEvent} <{AccordingTo}> {Iri(denial.SourceId!)} {denialGraph} .", lines);
        Assert.Contains($"{negatedEvent} <{RdfType}> <{SemEvent}> {denialGraph} .", lines);

        // The alleged support (a structural fact): no triple, the statement says alleged, its evidence names the accuser
        Assert.DoesNotContain(lines, l => l.StartsWith($"{Iri(alleged.SubjectId)} <{Ontology}SUPPORTS> {Iri(alleged.ObjectId)}", StringComparison.Ordinal));
        Assert.Contains($"{Iri(alleged.Id)} <{Status}> <{Base}status/alleged> .", lines);
        Assert.Contains(lines, l => l.StartsWith($"<{Base}evidence/", StringComparison.Ordinal)
            && l.Contains($"<{AccordingTo}> {Iri(alleged.Evidence.Single().SourceId!)}", StringComparison.Ordinal));

        // Asserted facts keep their triple, in the default graph and in the article's graph, and say asserted
        foreach (Relation relation in Relations.Value.Where(r => r.IsAsserted))
        {
            string triple = $"{Iri(relation.SubjectId)} <{Ontology}{relation.Info.Name}> {Iri(relation.ObjectId)}";
            Assert.Contains(triple + " .", lines);
            Assert.Contains(lines, l => l.StartsWith(triple + $" <{Base}graph/article/", StringComparison.Ordinal));
            Assert.Contains($"{Iri(relation.Id)} <{Status}> <{Base}status/asserted> .", lines);
        }

        // The status values are SKOS concepts
        Assert.Contains($"<{Base}status/alleged> <http://www.w3.org/2004/02/skos/core#prefLabel> \"alleged\" .", lines);
    }

    [Fact]
    public void Statements_EveryEventHasOneStatus_AndSourcesOnlyWhereTheEvidenceNamesOne()
    {
        // Act
        var quads = RdfExport.Statements(SampleGraph.Create(), namedGraphs: true).ToList();

        // Assert
        var events = quads.Where(q => q.Predicate.Value == RdfType && q.Object.Value == SemEvent).Select(q => q.Subject.Value).ToHashSet(StringComparer.Ordinal);
        int actions = Relations.Value.Where(r => r.Info.IsAction).Sum(r => r.Evidence.Count);
        Assert.Equal(actions, events.Count);
        foreach (Relation relation in Relations.Value.Where(r => r.Info.IsAction))
        {
            foreach (Evidence evidence in relation.Evidence)
            {
                string @event = Base + "event/" + relation.EventId(evidence)["event:".Length..];
                var status = Assert.Single(quads, q => q.Subject.Value == @event && q.Predicate.Value == Status);
                Assert.Equal(Base + "status/" + relation.Status.Name(), status.Object.Value);
                var sources = quads.Where(q => q.Subject.Value == @event && q.Predicate.Value == AccordingTo).Select(q => q.Object.Value).ToList();
                Assert.Equal(evidence.SourceId is null ? [] : [IriValue(evidence.SourceId)], sources);
            }
        }
    }

    [Fact]
    public void Statements_UnassertedRelations_NeverAppearAsDirectTriples()
    {
        var quads = RdfExport.Statements(SampleGraph.Create(), namedGraphs: true).ToList();

        foreach (Relation relation in Relations.Value)
        {
            int triples = quads.Count(q => q.Subject.Value == IriValue(relation.SubjectId)
                && q.Predicate.Value == Ontology + relation.Info.Name && q.Object.Value == IriValue(relation.ObjectId));
            Assert.Equal(relation.IsAsserted ? 1 + relation.Evidence.Count : 0, triples);
        }
    }

    private static Relation Single(FactStatus status) => Relations.Value.Single(r => r.Status == status);

    private static string IriValue(string stableId) => Base + stableId.Replace(':', '/');

    private static string Iri(string stableId) => $"<{IriValue(stableId)}>";
}
