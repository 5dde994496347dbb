namespace Nsp.Domain.Brs;

/// <summary>A treatment-relation grade, weakest first so that a larger value is a stronger relation:
/// E &lt; D &lt; C &lt; B &lt; A &lt; A+ &lt; A++.</summary>
public enum RelationGrade
{
    E,
    D,
    C,
    B,
    A,
    APlus,
    APlusPlus,
}
