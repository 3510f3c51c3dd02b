"""A throwaway `birlik serve --demo` for the scripts that drive the running
server (api-fuzz, load): starts it on 127.0.0.1, signs in as the demo
secretariat and makes an access token."""
import http.cookiejar
import re
import subprocess
import urllib.parse
import urllib.request


class DemoServer:
    def __init__(self, binary: str, data: str):
        self.process = subprocess.Popen(
            [binary, "serve", "--demo", "--data", data, "--addr", "127.0.0.1:0"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )
        line = self.process.stdout.readline()
        match = re.search(r"http://(127\.0\.0\.1:\d+)/", line)
        if not match:
            self.stop()
            raise SystemExit(f"the server did not start: {line!r}")
        self.base = f"http://{match.group(1)}"

    def stop(self):
        self.process.kill()
        self.process.wait()

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.stop()


def signed_in(base: str):
    """An opener with the demo secretariat's session, and its CSRF helper."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    login = opener.open(base + "/login").read().decode()
    post(opener, base + "/login", {"csrf": csrf(login), "email": "secretariat@birlik.test",
                                   "password": "birlik-demo-2026", "next": ""})
    return opener


def csrf(page: str) -> str:
    return re.search(r'name="csrf" value="([0-9a-f]{64})"', page).group(1)


def post(opener, url: str, fields) -> str:
    request = urllib.request.Request(
        url, data=urllib.parse.urlencode(fields).encode(),
        headers={"Sec-Fetch-Site": "same-origin"},
    )
    return opener.open(request).read().decode()


def token_of(base: str) -> str:
    """A personal access token of the demo secretariat."""
    opener = signed_in(base)
    account = opener.open(base + "/account").read().decode()
    made = post(opener, base + "/account/tokens", {"csrf": csrf(account), "name": "scripts"})
    return re.search(r"bk_[0-9a-f]{16}_[0-9a-f]{64}", made).group(0)
