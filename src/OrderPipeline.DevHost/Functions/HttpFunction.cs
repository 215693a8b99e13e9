using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace OrderPipeline.DevHost.Functions;

/// <summary>An HTTP-triggered function as its attributes declare it: what the host would route to it, and the method to call.</summary>
internal sealed record HttpFunction(string Name, string Route, IReadOnlyList<string> Methods, AuthorizationLevel AuthLevel, MethodInfo Method)
{
    public string Pattern => "/" + Route;
}
