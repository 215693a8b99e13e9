namespace OrderPipeline.Functions.Hosting;

/// <summary>One function of the function app, as the Functions host knows it (function.json) and as this app serves it.</summary>
public abstract record FunctionDefinition(string Name);
