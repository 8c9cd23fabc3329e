import { createRouter, addRoute, findRoute, findAllRoutes, removeRoute } from "rou3";
const router = createRouter();
addRoute(router, "GET", "/users/:id", { name: "user" });
addRoute(router, "GET", "/files/**:path", { name: "files" });
addRoute(router, "POST", "/users", { name: "create" });
console.log(JSON.stringify(findRoute(router, "GET", "/users/12")), JSON.stringify(findRoute(router, "GET", "/files/a/b.txt")));
console.log(JSON.stringify(findRoute(router, "POST", "/users")), findRoute(router, "DELETE", "/users"));
removeRoute(router, "GET", "/users/:id");
console.log(findRoute(router, "GET", "/users/12"), findAllRoutes(router, "GET", "/files/x").length);
