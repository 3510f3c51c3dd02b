-- wrk script: a mix of what visitors do, round-robin.
local paths = {
  "/organizations",
  "/organizations?country=KZ&area=youth",
  "/api/v1/search?q=Hikmat%20Hajiyev",
  "/api/v1/search?q=%D0%90%D0%BB%D0%BC%D0%B0%D1%82%D1%8B",
  "/api/v1/organizations?country=AZ&limit=25",
  "/search?q=Gulustan",
  "/organizations/gen-1000",
  "/countries/UZ",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
