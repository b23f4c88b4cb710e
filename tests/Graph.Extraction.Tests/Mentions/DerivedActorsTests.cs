using Graph.Extraction.Resources;
using Graph.Model;
using Graph.Model.Extraction;
using Graph.Testing;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>Names from the derived gazetteers (<c>*.phoenix.tsv</c>) found in text.</summary>
public sealed class DerivedActorsTests
{
    private static readonly Lazy<ExtractionPipeline> WithWordAliases = new(() =>
    {
        // The built-in data plus a derived row whose aliases are ordinary words in another case.
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string folder in new[] { "gazetteer", "lexicon" })
        {
            foreach (string path in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "data", folder), "*.tsv"))
            {
                files[$"{folder}/{Path.GetFileNameWithoutExtension(path)}"] = File.ReadAllText(path);
            }
        }

        files["gazetteer/organizations.phoenix"] += "Lakeshore Electoral Trust\tME|SAY|THERE\tTHERE\ttest:1\n";
        return new ExtractionPipelineBuilder { Resources = ExtractionResources.Create(files) }.UseDefaults().Build();
    });

    private static ArticleExtraction Run(string body) =>
        WithWordAliases.Value.Extract(new ArticleDocument("test.txt", "News", body, null));

    [Fact]
    public void Extract_DerivedFormWithDots_IsTheHandWrittenBody()
    {
        var x = Extract.From("The U.N. Security Council met in New York on Monday.");

        Assert.NotNull(x.Entity("UN Security Council"));
        Assert.Null(x.Entity("U.N. Security Council"));
    }

    [Fact]
    public void Extract_DerivedOrganizationAndArmedGroup_AreRecognizedAndTyped()
    {
        // Neither name ends in a head word that would type it without the gazetteer.
        var x = Extract.From("Police said Jemaah Islamiyah had planned the bombing, and Oxfam sent aid to the town on Monday.");

        Assert.Equal(EntityType.Group, x.Entity("Jemaah Islamiyah")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("Oxfam")?.Type);
    }

    [Fact]
    public void Extract_ShortDerivedAliases_MatchOnlyAsWritten()
    {
        var words = Run("Let me say who is there. Say it: There it is. Trust me, the trust is gone.");
        Assert.DoesNotContain(words.Entities, e => e.Type is EntityType.Organization or EntityType.Group);

        var acronyms = Run("The SAY said on Monday that it would appeal.");
        Assert.Equal(EntityType.Organization, acronyms.Entity("Lakeshore Electoral Trust")?.Type);
    }

    [Fact]
    public void Extract_HandWrittenMixedCaseAcronym_DoesNotMatchTheWord()
    {
        var x = Extract.From("Let me say it again. Officials blamed LeT for the attack.");

        Assert.Single(x.Entities, e => e.Type == EntityType.Group);
    }

    [Fact]
    public void Extract_DerivedFormInsideALongerName_IsNotMatched()
    {
        // "Animal Liberation Front" is derived; here it is part of a longer name the text gives.
        var x = Extract.From("Members of the Northern Animal Liberation Front Collective marched in the city on Monday.");

        Assert.Null(x.Entity("Animal Liberation Front"));
    }
}
