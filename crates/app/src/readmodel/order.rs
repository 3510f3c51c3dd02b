//! The directory in every interface language's alphabetical order, held in
//! memory next to the search index.
//!
//! For each language of [`locale::LANGS`] and each listing (a kind, or a
//! kind in one country), the records' slots sorted by ICU4X collation of
//! their display names, ties broken by id. A page is a binary search for
//! the cursor record and a short walk; the records themselves then come
//! from the store by id. Why memory and not per-language sort keys in the
//! database: docs/architecture.md ("Directory order per language").
//!
//! Writes are staged ([`DirectoryOrder::upsert`]: the record's slot gets its
//! new name and filters at once, its place in the lists is stale) and then
//! settled: [`DirectoryOrder::plan`] works out the new lists under a shared
//! borrow (so, behind a `RwLock`, a read lock: pages keep being served) and
//! [`DirectoryOrder::install`] swaps them in.

use domain::{AreaSlug, CountryCode, EntityKind, Record};
use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// What the listings (and the statistics) need to know of a record
/// besides its name: 12 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Filed {
    pub kind: EntityKind,
    pub country: Option<CountryCode>,
    /// Bit i set: the record is in `domain::AREAS[i]`.
    pub areas: u32,
    /// The year it was founded, when its record says (and it fits).
    pub founded: Option<i16>,
}

impl Filed {
    pub fn of(r: &Record) -> Self {
        let areas = r
            .areas
            .iter()
            .filter_map(|a| domain::AREAS.iter().position(|x| x.slug == a.as_str()))
            .fold(0u32, |bits, i| bits | (1 << i));
        Self {
            kind: r.kind,
            country: r.country,
            areas,
            founded: r.founded.and_then(|y| i16::try_from(y).ok()),
        }
    }

    pub fn in_area(self, area: AreaSlug) -> bool {
        domain::AREAS
            .iter()
            .position(|x| x.slug == area.as_str())
            .is_some_and(|i| self.areas & (1 << i) != 0)
    }

    /// The lists this record belongs in.
    fn lists(self) -> impl Iterator<Item = ListKey> {
        [
            Some((self.kind, None)),
            self.country.map(|c| (self.kind, Some(c))),
        ]
        .into_iter()
        .flatten()
    }
}

type ListKey = (EntityKind, Option<CountryCode>);
type Lists = HashMap<ListKey, Vec<u32>>;

#[derive(Debug)]
struct Slot {
    id: Arc<str>,
    name: Box<str>,
    filed: Filed,
}

/// A settled order waiting to be installed (see the module documentation).
pub struct Plan {
    /// Per language: the lists to replace.
    lists: Vec<Lists>,
    /// The write count the plan was made at: it only applies to that state.
    writes: u64,
}

/// The directory in every interface language's order.
#[derive(Debug)]
pub struct DirectoryOrder {
    slots: Vec<Slot>,
    by_id: HashMap<Arc<str>, u32>,
    /// Per language of `locale::LANGS`.
    lists: Vec<Lists>,
    /// Slots written since the last settle, with the lists they were in then.
    dirty: HashMap<u32, Vec<ListKey>>,
    writes: u64,
}

impl Default for DirectoryOrder {
    fn default() -> Self {
        Self {
            slots: Vec::new(),
            by_id: HashMap::new(),
            lists: vec![Lists::new(); locale::LANGS.len()],
            dirty: HashMap::new(),
            writes: 0,
        }
    }
}

/// A cursor (`after`) naming a record the directory does not have.
#[derive(Debug)]
pub struct UnknownCursor;

/// One page of a listing and where it stands in it.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Window {
    pub ids: Vec<Arc<str>>,
    /// How many listed records come before the page.
    pub first: usize,
    /// Whether a page follows.
    pub more: bool,
    /// The page before: `None` on the first page, `Some(None)` when it is
    /// the first page, else the record it starts after.
    pub previous: Option<Option<Arc<str>>>,
}

/// Batches larger than this share of the directory re-sort it from sort
/// keys instead of placing each record by binary search.
const REBUILD_SHARE: usize = 16;

impl DirectoryOrder {
    /// How many records it holds.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// Takes in a new record or a new version of one: its name and filters
    /// count at once, its place in the lists after the next settle. Returns
    /// what was filed for it before, if anything.
    pub(crate) fn upsert(&mut self, r: &Record) -> Option<Filed> {
        let filed = Filed::of(r);
        let name: Box<str> = r.display_name().into();
        self.writes += 1;
        match self.by_id.get(r.id.as_str()) {
            Some(&s) => {
                let slot = &mut self.slots[s as usize];
                let old = slot.filed;
                if slot.name == name && old == filed {
                    return Some(old);
                }
                self.dirty.entry(s).or_insert_with(|| old.lists().collect());
                slot.name = name;
                slot.filed = filed;
                Some(old)
            }
            None => {
                let s = u32::try_from(self.slots.len()).unwrap_or(u32::MAX);
                let id: Arc<str> = r.id.as_str().into();
                self.slots.push(Slot {
                    id: id.clone(),
                    name,
                    filed,
                });
                self.by_id.insert(id, s);
                self.dirty.insert(s, Vec::new());
                None
            }
        }
    }

    /// Whether written records wait to be placed.
    pub fn unsettled(&self) -> bool {
        !self.dirty.is_empty()
    }

    /// Works out the lists after the staged writes, without changing anything.
    pub fn plan(&self) -> Plan {
        let rebuild = self.dirty.len() * REBUILD_SHARE > self.slots.len();
        let lists = if rebuild {
            self.sorted_lists_all_languages()
        } else {
            // One bit per slot: "written since the last settle", read for
            // every record of every touched list.
            let mut written = vec![0u64; self.slots.len().div_ceil(64)];
            for &s in self.dirty.keys() {
                written[s as usize / 64] |= 1 << (s % 64);
            }
            run_per_language(|lang| self.merged_lists(lang, &written))
        };
        Plan {
            lists,
            writes: self.writes,
        }
    }

    /// Installs `plan` if nothing was written since it was made (else the
    /// writes stay staged for the next plan). Returns whether it did.
    pub fn install(&mut self, plan: Plan) -> bool {
        if plan.writes != self.writes {
            return false;
        }
        for (mine, new) in self.lists.iter_mut().zip(plan.lists) {
            for (key, list) in new {
                if list.is_empty() {
                    mine.remove(&key);
                } else {
                    mine.insert(key, list);
                }
            }
        }
        self.dirty.clear();
        true
    }

    /// Plans and installs at once.
    pub fn settle(&mut self) {
        if self.unsettled() {
            let plan = self.plan();
            self.install(plan);
        }
    }

    /// Up to `limit` ids of the listing (`kind`, `country`, `area`) in
    /// `lang`'s order, after the record `after` (keyset paging: the page
    /// continues after wherever that record now sorts).
    pub fn page(
        &self,
        lang: &str,
        filter: &store::ListFilter,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Arc<str>>, UnknownCursor> {
        Ok(self.window(lang, filter, after, limit)?.ids)
    }

    /// A page of the listing with where it stands: its position, whether
    /// a page follows, and where the page before it starts.
    pub fn window(
        &self,
        lang: &str,
        filter: &store::ListFilter,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Window, UnknownCursor> {
        let after = match after {
            Some(id) => Some(*self.by_id.get(id).ok_or(UnknownCursor)?),
            None => None,
        };
        let lang_index = lang_index(lang);
        let Some(list) = self.lists[lang_index].get(&(filter.kind, filter.country)) else {
            return Ok(Window::default());
        };
        let collation = locale::collation(locale::LANGS[lang_index]);
        let start = after.map_or(0, |a| {
            list.partition_point(|&s| self.cmp(collation, s, a) != Ordering::Greater)
        });
        // A record written since the last settle may sit in a list it has left.
        let listed = |&&s: &&u32| {
            let slot = &self.slots[s as usize];
            slot.filed.kind == filter.kind
                && (filter.country.is_none() || slot.filed.country == filter.country)
                && filter.area.is_none_or(|a| slot.filed.in_area(a))
        };
        let mut ids: Vec<Arc<str>> = list[start..]
            .iter()
            .filter(listed)
            .take(limit + 1)
            .map(|&s| self.slots[s as usize].id.clone())
            .collect();
        let more = ids.len() > limit;
        ids.truncate(limit);
        let before: Vec<u32> = list[..start]
            .iter()
            .rev()
            .filter(listed)
            .take(limit + 1)
            .copied()
            .collect();
        let previous = match before.len() {
            0 => None,
            n if n <= limit => Some(None),
            _ => Some(Some(self.slots[before[limit] as usize].id.clone())),
        };
        let first = if before.len() <= limit {
            before.len()
        } else {
            list[..start].iter().filter(listed).count()
        };
        Ok(Window {
            ids,
            first,
            more,
            previous,
        })
    }

    fn cmp(&self, collation: &locale::Collation, a: u32, b: u32) -> Ordering {
        let (a, b) = (&self.slots[a as usize], &self.slots[b as usize]);
        collation
            .compare(&a.name, &b.name)
            .then_with(|| a.id.cmp(&b.id))
    }

    /// Every list of every language, sorted afresh from sort keys.
    fn sorted_lists_all_languages(&self) -> Vec<Lists> {
        run_per_language(|lang| {
            let collation = locale::collation(locale::LANGS[lang]);
            // All keys in one buffer: two allocations instead of one per record.
            let mut keys: Vec<u8> = Vec::with_capacity(self.slots.len() * 48);
            let mut ends: Vec<usize> = Vec::with_capacity(self.slots.len());
            for slot in &self.slots {
                collation.write_sort_key(&slot.name, &mut keys);
                ends.push(keys.len());
            }
            let key = |s: u32| {
                let s = s as usize;
                let start = if s == 0 { 0 } else { ends[s - 1] };
                &keys[start..ends[s]]
            };
            let mut sorted: Vec<u32> = (0..self.slots.len() as u32).collect();
            sorted.sort_unstable_by(|&a, &b| {
                key(a)
                    .cmp(key(b))
                    .then_with(|| self.slots[a as usize].id.cmp(&self.slots[b as usize].id))
            });
            drop((keys, ends));
            let mut lists = Lists::new();
            for s in sorted {
                for key in self.slots[s as usize].filed.lists() {
                    lists.entry(key).or_default().push(s);
                }
            }
            for list in lists.values_mut() {
                list.shrink_to_fit();
            }
            // Lists that lost every record are replaced by nothing.
            for key in self.lists[lang].keys() {
                lists.entry(*key).or_default();
            }
            lists
        })
    }

    /// The lists of one language that the staged writes touch, with the
    /// written records taken out of their old places and put in their new.
    fn merged_lists(&self, lang: usize, written: &[u64]) -> Lists {
        let collation = locale::collation(locale::LANGS[lang]);
        let mut arriving: HashMap<ListKey, Vec<u32>> = HashMap::new();
        let mut touched: HashSet<ListKey> = HashSet::new();
        for (&s, old_lists) in &self.dirty {
            touched.extend(old_lists.iter().copied());
            for key in self.slots[s as usize].filed.lists() {
                touched.insert(key);
                arriving.entry(key).or_default().push(s);
            }
        }
        let mut out = Lists::new();
        for key in touched {
            let kept: Vec<u32> = self.lists[lang]
                .get(&key)
                .map(|l| {
                    l.iter()
                        .copied()
                        .filter(|&s| written[s as usize / 64] & (1 << (s % 64)) == 0)
                        .collect()
                })
                .unwrap_or_default();
            let mut new = arriving.remove(&key).unwrap_or_default();
            new.sort_unstable_by(|&a, &b| self.cmp(collation, a, b));
            // Where each newcomer goes among the records that stay.
            let at: Vec<usize> = new
                .iter()
                .map(|&n| kept.partition_point(|&k| self.cmp(collation, k, n) == Ordering::Less))
                .collect();
            let mut merged = Vec::with_capacity(kept.len() + new.len());
            let mut from = 0;
            for (&n, &pos) in new.iter().zip(&at) {
                merged.extend_from_slice(&kept[from..pos]);
                merged.push(n);
                from = pos;
            }
            merged.extend_from_slice(&kept[from..]);
            out.insert(key, merged);
        }
        out
    }
}

fn lang_index(lang: &str) -> usize {
    let lang = locale::collation(lang).lang();
    locale::LANGS
        .iter()
        .position(|l| *l == lang)
        .unwrap_or(locale::LANGS.len() - 1)
}

/// `work` for every language, on two threads (the machines this runs on
/// have few cores, and the read model is built while nothing else runs).
fn run_per_language<T: Send>(work: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let n = locale::LANGS.len();
    let threads = std::thread::available_parallelism()
        .map_or(1, |p| p.get())
        .clamp(1, 2);
    if threads == 1 {
        return (0..n).map(&work).collect();
    }
    let work = &work;
    let mut results: Vec<(usize, T)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                scope.spawn(move || {
                    (t..n)
                        .step_by(threads)
                        .map(|lang| (lang, work(lang)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    results.sort_unstable_by_key(|(lang, _)| *lang);
    results.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use store::ListFilter;

    fn org(id: &str, name: &str, country: &str) -> Record {
        Record::from_json(&format!(
            r#"{{"type":"organization","id":"{id}","names":[{{"value":"{name}","lang":"en"}}],"country":"{country}","areas":["youth"]}}"#
        ))
        .unwrap()
    }

    fn all(country: Option<&str>) -> ListFilter {
        ListFilter {
            kind: EntityKind::Organization,
            country: country.map(|c| CountryCode::parse(c).unwrap()),
            area: None,
        }
    }

    fn names(o: &DirectoryOrder, lang: &str, filter: &ListFilter) -> Vec<String> {
        o.page(lang, filter, None, 100)
            .unwrap()
            .iter()
            .map(|id| o.slots[o.by_id[id] as usize].name.to_string())
            .collect()
    }

    fn built(records: &[Record]) -> DirectoryOrder {
        let mut o = DirectoryOrder::default();
        for r in records {
            o.upsert(r);
        }
        o.settle();
        o
    }

    #[test]
    fn a_window_knows_its_position_the_page_before_and_whether_one_follows() {
        let records: Vec<Record> = (0..10)
            .map(|i| org(&format!("{i}"), &format!("Org {i:02}"), "AZ"))
            .collect();
        let o = built(&records);
        let f = all(Some("AZ"));
        let first = o.window("en", &f, None, 4).unwrap();
        assert_eq!(
            (first.first, first.more, first.previous.clone()),
            (0, true, None)
        );
        let second = o
            .window("en", &f, first.ids.last().map(|s| &**s), 4)
            .unwrap();
        assert_eq!((second.first, second.more), (4, true));
        assert_eq!(second.previous, Some(None), "the page before is the first");
        let third = o
            .window("en", &f, second.ids.last().map(|s| &**s), 4)
            .unwrap();
        assert_eq!((third.first, third.ids.len(), third.more), (8, 2, false));
        assert_eq!(third.previous, Some(first.ids.last().cloned()));
        // Exactly a page's worth: no page follows the last.
        let exact = o.window("en", &f, None, 10).unwrap();
        assert!(!exact.more);
        let past = o
            .window("en", &f, exact.ids.last().map(|s| &**s), 10)
            .unwrap();
        assert!(past.ids.is_empty() && !past.more);
    }

    #[test]
    fn each_language_sees_its_own_alphabet() {
        let o = built(&[
            org("1", "Fuad", "AZ"),
            org("2", "Əli", "AZ"),
            org("3", "Ela", "AZ"),
            org("4", "Иван", "KZ"),
            org("5", "Zaur", "AZ"),
        ]);
        assert_eq!(
            names(&o, "az", &all(None)),
            ["Ela", "Əli", "Fuad", "Zaur", "Иван"]
        );
        assert_eq!(
            names(&o, "ru", &all(None)),
            ["Иван", "Ela", "Əli", "Fuad", "Zaur"]
        );
        assert_eq!(names(&o, "az", &all(Some("KZ"))), ["Иван"]);
        assert!(names(&o, "az", &all(Some("HU"))).is_empty());
    }

    #[test]
    fn pages_continue_after_the_cursor_and_refuse_unknown_ones() {
        let records: Vec<Record> = (0..30)
            .map(|i| org(&format!("r{i:02}"), &format!("Birlik {}", 29 - i), "TR"))
            .collect();
        let o = built(&records);
        let mut seen = Vec::new();
        let mut after: Option<Arc<str>> = None;
        loop {
            let page = o.page("tr", &all(Some("TR")), after.as_deref(), 7).unwrap();
            if page.is_empty() {
                break;
            }
            after = page.last().cloned();
            seen.extend(page);
        }
        assert_eq!(seen.len(), 30);
        let unique: HashSet<_> = seen.iter().collect();
        assert_eq!(unique.len(), 30);
        assert!(o.page("tr", &all(None), Some("nope"), 7).is_err());
    }

    #[test]
    fn writes_move_records_incrementally_and_by_rebuild() {
        let mut records: Vec<Record> = (0..100)
            .map(|i| org(&format!("r{i:03}"), &format!("Name {i:03}"), "AZ"))
            .collect();
        let mut o = built(&records);
        // One renamed and one moved to another country: few writes, merged in place.
        records[5] = org("r005", "Aaa first", "AZ");
        records[7] = org("r007", "Name 007", "KZ");
        o.upsert(&records[5]);
        o.upsert(&records[7]);
        assert!(o.unsettled());
        // Before settling, the moved record is already out of its old country.
        assert!(
            !o.page("en", &all(Some("AZ")), None, 200)
                .unwrap()
                .iter()
                .any(|id| &**id == "r007")
        );
        o.settle();
        let az = names(&o, "en", &all(Some("AZ")));
        assert_eq!(az.len(), 99);
        assert_eq!(az[0], "Aaa first");
        assert_eq!(names(&o, "en", &all(Some("KZ"))), ["Name 007"]);
        let fresh = built(&records);
        for lang in locale::LANGS {
            for c in [None, Some("AZ"), Some("KZ")] {
                assert_eq!(names(&o, lang, &all(c)), names(&fresh, lang, &all(c)));
            }
        }
        // Many writes at once: a rebuild, same result as building afresh.
        for (i, r) in records.iter_mut().enumerate().take(40) {
            *r = org(&format!("r{i:03}"), &format!("Ад {i:03}"), "HU");
            o.upsert(r);
        }
        let plan = o.plan();
        assert!(o.install(plan));
        let fresh = built(&records);
        for lang in locale::LANGS {
            for c in [None, Some("AZ"), Some("KZ"), Some("HU")] {
                assert_eq!(names(&o, lang, &all(c)), names(&fresh, lang, &all(c)));
            }
        }
    }

    #[test]
    fn a_plan_made_before_a_write_is_not_installed() {
        let mut o = built(&[org("a", "Alma", "KZ")]);
        o.upsert(&org("b", "Bota", "KZ"));
        let plan = o.plan();
        o.upsert(&org("c", "Célia", "KZ"));
        assert!(!o.install(plan));
        o.settle();
        assert_eq!(names(&o, "kk", &all(None)), ["Alma", "Bota", "Célia"]);
    }
}
