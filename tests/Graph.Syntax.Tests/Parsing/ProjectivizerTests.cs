using Graph.Syntax.Training;

namespace Graph.Syntax.Tests.Parsing;

public class ProjectivizerTests
{
    [Fact]
    public void Projectivize_ProjectiveTree_IsUnchanged()
    {
        int[] heads = [1, -1, 3, 1, 1];

        Assert.Equal(heads, Projectivizer.Projectivize(heads));
    }

    [Fact]
    public void Projectivize_CrossingArc_IsLiftedToTheGrandparent()
    {
        // 0 ← 2 is crossed by 3 → 1 (word 1 depends on 3, over word 2 which does not descend from 3).
        int[] heads = [2, 3, -1, 2];

        int[] projective = Projectivizer.Projectivize(heads);

        Assert.Equal([2, 2, -1, 2], projective);
        Assert.All(Enumerable.Range(0, 4).Where(d => projective[d] >= 0), d => Assert.True(Projectivizer.IsProjective(projective, d)));
    }
}
